// Exercises: recover from panic(string) and panic(fmt.Sprintf), defer running during panic
package main

import "fmt"

func step(i int) {
	defer fmt.Println("leaving step", i)
	if i == 2 {
		panic(fmt.Sprintf("step %d failed", i))
	}
	fmt.Println("step", i, "ok")
}

func run() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	for i := 0; i < 4; i++ {
		step(i)
	}
	return "done"
}

func main() {
	fmt.Println(run())
}
