"""Reading states, the trash and saved searches in the window (the sidebar's places)."""
