// Exercises: encoding/json with struct tags, omitempty, embedded struct, nested slices, Unmarshal into struct and map, MarshalIndent
package main

import (
	"encoding/json"
	"fmt"
)

type Meta struct {
	Created string   `json:"created"`
	Tags    []string `json:"tags,omitempty"`
}

type Item struct {
	ID    int     `json:"id"`
	Name  string  `json:"name"`
	Price float64 `json:"price,omitempty"`
	Meta
	secret string
}

func main() {
	items := []Item{
		{ID: 1, Name: "pen", Price: 1.5, Meta: Meta{Created: "2024-01-02", Tags: []string{"office"}}, secret: "x"},
		{ID: 2, Name: "free sample", Meta: Meta{Created: "2024-02-03"}},
	}
	b, err := json.Marshal(items)
	fmt.Println(string(b), err)
	var back []Item
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%+v\n", back[0])
	var generic []map[string]any
	json.Unmarshal(b, &generic)
	fmt.Println(generic[1]["name"], generic[0]["price"], generic[0]["tags"])
	pretty, _ := json.MarshalIndent(map[string]any{"z": 1, "a": []int{1, 2}}, "", "  ")
	fmt.Println(string(pretty))
	var bad Item
	err = json.Unmarshal([]byte(`{"id":"seven"}`), &bad)
	fmt.Println(err)
}
