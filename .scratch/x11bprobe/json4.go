package main

import (
	"encoding/json"
	"fmt"
	"slices"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) { return []byte(`"L"`), nil }

type Temp float64

func main() {
	b, _ := json.Marshal(Level(1))
	fmt.Println(string(b))
	var v any = Level(2)
	b, _ = json.Marshal(v)
	fmt.Println(string(b))
	b, _ = json.Marshal(map[Level]int{1: 1})
	fmt.Println(string(b))
	xs := []any{Temp(1), 1.0}
	fmt.Println(slices.Index(xs, any(1.0)), slices.Index(xs, any(Temp(1))))
}
