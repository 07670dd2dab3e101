// Exercises: a *log.Logger's Printf, Println and Print of values of the program's types (a Stringer, a struct with an unexported field, %T) and the package's log.Printf
