// Exercises: defer with a method value binds the receiver at defer time.
package main

import "fmt"

type Logger struct {
	prefix string
}

func (l Logger) Log() {
	fmt.Println("log from", l.prefix)
}

func (l *Logger) LogPtr() {
	fmt.Println("ptr log from", l.prefix)
}

func run() {
	l := Logger{prefix: "first"}
	defer l.Log()
	defer l.LogPtr()
	l.prefix = "second"
	fmt.Println("changed prefix to", l.prefix)
}

func main() {
	run()
}
