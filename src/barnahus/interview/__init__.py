"""The interview protocol: phases, observer questions, question coaching."""
