// Exercises: a deferred function recovers then panics again with a new value; the new panic is fatal.
package main

import "fmt"

func process(items []string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			panic(fmt.Sprintf("process failed after %d items", len(items)))
		}
	}()
	for i, it := range items {
		if it == "" {
			panic(fmt.Sprintf("empty item at %d", i))
		}
		fmt.Println("item", it)
	}
}

func main() {
	process([]string{"a", "b"})
	process([]string{"c", "", "d"})
	fmt.Println("unreachable")
}
