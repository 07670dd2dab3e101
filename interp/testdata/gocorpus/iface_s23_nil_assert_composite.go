// Exercises: nil assertion messages naming composite types ([]any, map[string]any, []Item, an interface literal, a func type)
package main

import "fmt"

type Item struct{ N int }
type Getter interface{ Get() int }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var x any
	var g Getter
	try(func() { _ = x.([]any) })
	try(func() { _ = x.(map[string]any) })
	try(func() { _ = x.([]Item) })
	try(func() {
		_ = g.(interface {
			Get() int
			Set(int)
		})
	})
	try(func() { _ = x.(func(any) any) })
}
