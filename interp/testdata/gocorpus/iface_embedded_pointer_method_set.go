// Exercises: embedding a pointer type gives the outer value the pointer's full method set.
package main

import "fmt"

type Engine struct{ rpm int }

func (e *Engine) Start()        { e.rpm = 800 }
func (e *Engine) Rev(n int)     { e.rpm += n }
func (e Engine) Status() string { return fmt.Sprintf("rpm=%d", e.rpm) }

type Starter interface {
	Start()
	Status() string
}

type Car struct {
	*Engine
	Model string
}

func main() {
	c := Car{&Engine{}, "mini"}
	var s Starter = c
	s.Start()
	c.Rev(1200)
	fmt.Println(c.Model, s.Status(), c.Status())
}
