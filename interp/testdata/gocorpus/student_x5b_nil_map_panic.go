// Exercises: nil map reads and nil slice appends are fine; writing to a nil map panics, recovered with Go's message
package main

import "fmt"

var grads map[string]float64
var history []float64

func record(name string, g float64) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("record %s: %v", name, r)
		}
	}()
	grads[name] += g
	return nil
}

func main() {
	fmt.Println(grads["w"], len(grads), grads == nil)
	history = append(history, 0.5)
	fmt.Println(history, len(history))
	fmt.Println(record("w", 1))
	grads = map[string]float64{}
	fmt.Println(record("w", 1), grads)
	var p *struct{ N int }
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(p.N)
	}()
	var xs []int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(xs[1])
	}()
}
