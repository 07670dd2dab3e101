// Exercises: generic struct marshalled and unmarshalled with json (Envelope[T]), nested generic types, any-typed decode to map and float64
package main

import (
	"encoding/json"
	"fmt"
)

type Envelope[T any] struct {
	Kind string `json:"kind"`
	Data T      `json:"data"`
	Meta *Page  `json:"meta,omitempty"`
}

type Page struct {
	Next  string `json:"next"`
	Total int    `json:"total"`
}

type User struct {
	Name  string   `json:"name"`
	Roles []string `json:"roles"`
}

func decode[T any](s string) (Envelope[T], error) {
	var e Envelope[T]
	err := json.Unmarshal([]byte(s), &e)
	return e, err
}

func main() {
	b, _ := json.Marshal(Envelope[[]User]{"users", []User{{"ann", []string{"admin"}}, {"bob", nil}}, &Page{"p2", 2}})
	fmt.Println(string(b))
	e, err := decode[User](`{"kind":"user","data":{"name":"cy","roles":["dev","ops"]}}`)
	fmt.Printf("%v %+v %v\n", err, e.Data, e.Meta == nil)
	n, err := decode[int](`{"kind":"n","data":"oops"}`)
	fmt.Println(n.Data, err)
	var anyv any
	json.Unmarshal([]byte(`{"a":[1,2.5,"x",null,{"b":true}]}`), &anyv)
	arr := anyv.(map[string]any)["a"].([]any)
	fmt.Printf("%T %T %T %v %T\n", arr[0], arr[2], arr[3], arr[3] == nil, arr[4])
}
