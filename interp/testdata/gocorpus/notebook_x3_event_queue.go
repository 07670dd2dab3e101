// Exercises: notebook style: a package-level FIFO queue of events and a handler table of funcs
package main

import "fmt"

type Event struct {
	Kind string
	Val  int
}

var queue []Event
var total int
var handlers = map[string]func(int){}

func setup() {
	handlers["add"] = func(v int) { total += v }
	handlers["mul"] = func(v int) { total *= v }
	handlers["reset"] = func(int) { total = 0 }
}

func push(kind string, v int) { queue = append(queue, Event{kind, v}) }

func drain() {
	for len(queue) > 0 {
		e := queue[0]
		queue = queue[1:]
		if h, ok := handlers[e.Kind]; ok {
			h(e.Val)
		} else {
			fmt.Println("unknown", e.Kind)
		}
		fmt.Printf("%+v -> %d\n", e, total)
	}
}

func main() {
	setup()
	push("add", 3)
	push("mul", 4)
	push("pow", 2)
	push("add", -2)
	drain()
}
