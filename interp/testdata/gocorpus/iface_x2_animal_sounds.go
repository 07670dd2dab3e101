// Exercises: a classic Animal interface with several implementations and a type switch.
package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }
type Cat struct{ name string }
type Cow struct{}

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Name() string   { return d.name }
func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Name() string  { return c.name }
func (Cow) Sound() string    { return "moo" }
func (Cow) Name() string     { return "cow" }

func (d Dog) Fetch() string { return d.name + " fetches the ball" }

func main() {
	zoo := []Animal{Dog{"rex"}, &Cat{"tom"}, Cow{}, Dog{"fido"}}
	for _, a := range zoo {
		fmt.Printf("%s says %s\n", a.Name(), a.Sound())
		switch v := a.(type) {
		case Dog:
			fmt.Println("  ", v.Fetch())
		case *Cat:
			fmt.Println("   a cat named", v.name)
		default:
			fmt.Printf("   some other animal: %T\n", v)
		}
	}
	if d, ok := zoo[3].(Dog); ok {
		fmt.Println(d.name)
	}
	_, isCat := zoo[0].(*Cat)
	fmt.Println(isCat)
}
