// Exercises: unrecovered runtime panic - close of nil channel.
package main

import "fmt"

type Worker struct {
	name string
	quit chan struct{}
}

func (w *Worker) Stop() {
	fmt.Println("stopping", w.name)
	close(w.quit)
}

func main() {
	a := &Worker{"a", make(chan struct{})}
	a.Stop()
	_, ok := <-a.quit
	fmt.Println("a quit open:", ok)
	b := &Worker{name: "b"}
	b.Stop()
}
