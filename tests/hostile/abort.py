# expect: runtime_error killed by SIGABRT
import os

os.abort()
