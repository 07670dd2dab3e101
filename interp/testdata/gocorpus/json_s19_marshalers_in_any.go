// Exercises: encoding/json of values of the program's types with MarshalJSON or MarshalText held in []any and map[string]any
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("%q", strings.Repeat("*", int(l)))), nil
}

type Color string

func (c Color) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(c))), nil }

type Row struct {
	L    Level
	Tags []any
}

func main() {
	a, _ := json.Marshal(Row{L: 2, Tags: []any{Level(1), Color("red"), 3}})
	b, _ := json.Marshal([]any{Level(3), Color("blue")})
	c, _ := json.Marshal(map[string]any{"l": Level(1), "c": Color("green")})
	d, _ := json.Marshal(map[Color]Level{"x": 2})
	fmt.Println(string(a))
	fmt.Println(string(b), string(c), string(d))
}
