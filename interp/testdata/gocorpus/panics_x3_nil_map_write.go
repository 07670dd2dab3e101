// Exercises: assignment to entry in nil map panics; reading a nil map is fine; recover and print
package main

import "fmt"

type Registry struct{ items map[string]int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	var r Registry
	try("read", func() { fmt.Println(r.items["x"], len(r.items)) })
	try("write", func() { r.items["x"] = 1 })
	r.items = map[string]int{}
	try("write after make", func() { r.items["x"] = 1 })
	fmt.Println(r.items)
}
