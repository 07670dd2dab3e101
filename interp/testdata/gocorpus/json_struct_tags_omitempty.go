// Exercises: encoding/json struct tags, omitempty, "-" and unexported fields.
package main

import (
	"encoding/json"
	"fmt"
)

type Product struct {
	ID       int      `json:"id"`
	Name     string   `json:"name"`
	Price    float64  `json:"price,omitempty"`
	Tags     []string `json:"tags,omitempty"`
	Internal string   `json:"-"`
	secret   string
	Stock    int `json:",string"`
}

func main() {
	p := Product{ID: 1, Name: "pen", Internal: "x", secret: "y", Stock: 12}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	p.Price = 1.5
	p.Tags = []string{"office"}
	b, _ = json.Marshal(p)
	fmt.Println(string(b))
}
