// Exercises: anonymous interface types in parameters and assertion to them.
package main

import "fmt"

type Duck struct{}
type Robot struct{ id int }

func (Duck) Quack() string    { return "quack" }
func (r Robot) Quack() string { return fmt.Sprintf("beep-%d", r.id) }
func (r Robot) Charge()       {}

func makeNoise(q interface{ Quack() string }) {
	fmt.Println(q.Quack())
}

func main() {
	makeNoise(Duck{})
	makeNoise(Robot{7})
	for _, v := range []any{Duck{}, Robot{1}} {
		if c, ok := v.(interface{ Charge() }); ok {
			fmt.Printf("%T can charge\n", c)
		} else {
			fmt.Printf("%T cannot charge\n", v)
		}
	}
}
