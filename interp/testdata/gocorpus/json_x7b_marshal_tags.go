// Exercises: encoding/json Marshal and MarshalIndent with struct tags (omitempty, "-", string, renamed), nested structs, slices and pointers.
package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Person struct {
	Name     string   `json:"name"`
	Age      int      `json:"age,omitempty"`
	Email    string   `json:"-"`
	ID       int64    `json:"id,string"`
	Tags     []string `json:"tags"`
	Address  *Address `json:"address,omitempty"`
	internal int
}

func main() {
	people := []Person{
		{Name: "Ada", Age: 36, Email: "ada@x", ID: 1, Tags: []string{"math"}, Address: &Address{Street: "1 Main"}},
		{Name: "Bob", ID: 2, internal: 5},
	}
	b, err := json.Marshal(people)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(people[0], "", "  ")
	fmt.Println(string(b))
	m := map[string]any{"z": 1, "a": []int{1, 2}, "m": map[string]bool{"ok": true}, "n": nil}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
}
