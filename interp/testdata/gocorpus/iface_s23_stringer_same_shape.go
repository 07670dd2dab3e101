// Exercises: two structs of one shape and two named floats, each with String, told apart in a fmt.Stringer: %T, type switch, assertions, ==, map keys, %#v
package main

import "fmt"

type Dog struct{ name string }
type Fish struct{ name string }

func (d Dog) String() string  { return "dog " + d.name }
func (f Fish) String() string { return "fish " + f.name }

type Meters float64
type Feet float64

func (m Meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }
func (f Feet) String() string   { return fmt.Sprintf("%.1fft", float64(f)) }

func kind(s fmt.Stringer) string {
	switch v := s.(type) {
	case Dog:
		return "D:" + v.name
	case Fish:
		return "F:" + v.name
	case Meters:
		return fmt.Sprint("M:", float64(v))
	case Feet:
		return fmt.Sprint("FT:", float64(v))
	}
	return "?"
}

func main() {
	xs := []fmt.Stringer{Dog{"rex"}, Fish{"nemo"}, Meters(3), Feet(4)}
	for _, x := range xs {
		_, isDog := x.(Dog)
		_, isFeet := x.(Feet)
		fmt.Printf("%T %v %s %v %v\n", x, x, kind(x), isDog, isFeet)
	}
	fmt.Println(xs[0] == fmt.Stringer(Fish{"rex"}), xs[0] == fmt.Stringer(Dog{"rex"}), xs[2] == fmt.Stringer(Feet(3)))
	m := map[fmt.Stringer]int{}
	m[Meters(1)]++
	m[Feet(1)]++
	m[Meters(1)]++
	fmt.Println(len(m), m[Meters(1)])
	fmt.Printf("%v %+v %#v\n", xs, xs, xs[:2])
}
