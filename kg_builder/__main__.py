from .cli import app

if __name__ == "__main__":  # spawned worker processes import the main module again
    app(prog_name="kg")
