// Exercises: printing structs whose fields are interfaces holding Stringers, errors and nil.
package main

import (
	"errors"
	"fmt"
)

type Tag string

func (t Tag) String() string { return "#" + string(t) }

type Event struct {
	Label fmt.Stringer
	Err   error
	Data  any
}

func main() {
	events := []Event{
		{Tag("go"), nil, 3},
		{nil, errors.New("oops"), []string{"a"}},
		{Tag("x"), fmt.Errorf("wrapped: %w", errors.New("inner")), map[string]int{"k": 1}},
	}
	for _, e := range events {
		fmt.Println(e)
		fmt.Printf("%+v\n", e)
	}
}
