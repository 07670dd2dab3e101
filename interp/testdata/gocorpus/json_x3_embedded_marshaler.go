// Exercises: json with embedded struct flattening, a custom MarshalJSON method, map[string]int output order
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Meta struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.Repeat("*", int(l)))
}

type Review struct {
	Meta
	Text  string         `json:"text"`
	Stars Level          `json:"stars"`
	Votes map[string]int `json:"votes"`
}

func main() {
	r := Review{Meta{7, "2024-01-01"}, "good", 4, map[string]int{"up": 3, "down": 1}}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
}
