// Exercises: embedded structs are flattened when marshaling JSON.
package main

import (
	"encoding/json"
	"fmt"
)

type Timestamps struct {
	Created string `json:"created"`
	Updated string `json:"updated,omitempty"`
}

type Meta struct {
	Version int
}

type Doc struct {
	Timestamps
	*Meta
	Title string `json:"title"`
	Owner Meta   `json:"owner"`
}

func main() {
	d := Doc{Timestamps: Timestamps{Created: "2024-01-01"}, Title: "Spec", Owner: Meta{2}}
	b, _ := json.Marshal(d)
	fmt.Println(string(b))
	d.Meta = &Meta{Version: 5}
	b, _ = json.Marshal(d)
	fmt.Println(string(b))
	var back Doc
	json.Unmarshal([]byte(`{"created":"c","title":"t","Version":9}`), &back)
	fmt.Println(back.Created, back.Title, back.Meta.Version)
}
