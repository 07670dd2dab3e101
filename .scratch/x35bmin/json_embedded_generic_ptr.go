// Reduction of json_x35b_api_envelope.go (both styles): SILENT.
// Go prints:      ada 2
// Session prints: ada 0   (program and notebook style, no error)
// json.Unmarshal into a *T inside a generic function, T a struct with an
// embedded struct: the promoted field of the embedded struct is not filled
// (the outer struct's own field is). The same decode outside a generic
// function, or a struct without embedding, works.
package main

import (
	"encoding/json"
	"fmt"
)

type Meta struct {
	Version int `json:"version"`
}

type User struct {
	Meta
	Name string `json:"name"`
}

func decode[T any](s string, v *T) {
	json.Unmarshal([]byte(s), v)
}

func main() {
	var u User
	decode(`{"name":"ada","version":2}`, &u)
	fmt.Println(u.Name, u.Version)
}
