// Exercises: named types (Celsius, Stack, Handler) in any/error/Stringer, == on them, as map keys, in type switches
package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Stack []int
type Handler func(string) string
type Status int

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (s Status) Error() string   { return fmt.Sprintf("status %d", int(s)) }
func (s *Stack) Push(v int)      { *s = append(*s, v) }

func classify(v any) string {
	switch x := v.(type) {
	case Celsius:
		return "celsius " + x.String()
	case Fahrenheit:
		return fmt.Sprint("fahrenheit ", float64(x))
	case Stack:
		return fmt.Sprint("stack of ", len(x))
	case Handler:
		return "handler " + x("in")
	case error:
		return "error " + x.Error()
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	var st Stack
	st.Push(1)
	st.Push(2)
	vals := []any{Celsius(21), Fahrenheit(70), st, Handler(strings.ToUpper), Status(404), nil, 3}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s fmt.Stringer = Celsius(100)
	fmt.Println(s, s == Celsius(100), any(Celsius(1)) == any(Fahrenheit(1)))
	var err error = Status(500)
	fmt.Println(err == Status(500), err)
	temps := map[Celsius]string{0: "freezing", 100: "boiling"}
	fmt.Println(temps[Celsius(100)], temps)
	keys := map[any]int{Celsius(1): 1, Fahrenheit(1): 2, 1.0: 3}
	fmt.Println(len(keys), keys[Celsius(1)], keys[Fahrenheit(1)], keys[1.0])
}
