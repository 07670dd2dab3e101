// Exercises: embedding a pointer type, method sets through embedded pointers, shared state
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Service struct {
	*Logger
	Name string
}

func main() {
	shared := &Logger{prefix: "> "}
	a := Service{shared, "a"}
	b := Service{shared, "b"}
	a.Log("start " + a.Name)
	b.Log("start " + b.Name)
	fmt.Println(len(shared.lines))
	for _, l := range a.lines {
		fmt.Println(l)
	}
}
