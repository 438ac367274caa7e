"""The life project (care plan): model, versions, approval, differences."""
