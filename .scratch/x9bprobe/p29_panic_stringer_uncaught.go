package main

import "fmt"

type Level int

func (l Level) String() string { return fmt.Sprintf("level-%d", int(l)) }

func main() {
	fmt.Println("start")
	panic(Level(4))
}
