// Exercises: type switch where a type implements several interfaces; first matching case wins.
package main

import (
	"fmt"
)

type Both struct{}

func (Both) Error() string  { return "both-as-error" }
func (Both) String() string { return "both-as-string" }

type OnlyString struct{}

func (OnlyString) String() string { return "only-string" }

func classify(v any) string {
	switch t := v.(type) {
	case error:
		return "error " + t.Error()
	case fmt.Stringer:
		return "stringer " + t.String()
	}
	return "neither"
}

func classifyReversed(v any) string {
	switch t := v.(type) {
	case fmt.Stringer:
		return "stringer " + t.String()
	case error:
		return "error " + t.Error()
	}
	return "neither"
}

func main() {
	for _, v := range []any{Both{}, OnlyString{}, 5} {
		fmt.Println(classify(v), "|", classifyReversed(v))
	}
	fmt.Println(Both{})
}
