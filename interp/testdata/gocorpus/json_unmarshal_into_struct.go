// Exercises: json.Unmarshal into nested user structs with case-insensitive field matching.
package main

import (
	"encoding/json"
	"fmt"
)

type Author struct {
	Name  string `json:"name"`
	Email string
}

type Post struct {
	Title    string   `json:"title"`
	Views    int      `json:"views"`
	Author   Author   `json:"author"`
	Comments []string `json:"comments"`
	Draft    bool
}

func main() {
	data := `{"title":"Hello","views":42,"author":{"name":"Kim","EMAIL":"k@x.io"},
	"comments":["nice","great"],"draft":true,"unknown":1}`
	var p Post
	if err := json.Unmarshal([]byte(data), &p); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", p)
	fmt.Println(len(p.Comments), p.Author.Email)
}
