// Exercises: json.MarshalIndent of nested structs, maps and slices.
package main

import (
	"encoding/json"
	"fmt"
)

type Team struct {
	Name    string            `json:"name"`
	Members []string          `json:"members"`
	Scores  map[string]int    `json:"scores"`
	Coach   *string           `json:"coach"`
	Extra   map[string]string `json:"extra,omitempty"`
}

func main() {
	t := Team{
		Name:    "blue",
		Members: []string{"ann", "ben"},
		Scores:  map[string]int{"ben": 3, "ann": 5},
	}
	b, err := json.MarshalIndent(t, "", "  ")
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent([]int{1, 2}, ">", "\t")
	fmt.Println(string(b))
}
