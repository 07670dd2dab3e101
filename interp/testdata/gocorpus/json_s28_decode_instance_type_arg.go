package main

import (
	"encoding/json"
	"fmt"
)

type Meta struct {
	ID int `json:"id"`
}

type User struct {
	Meta
	Name string `json:"name"`
}

type Envelope[T any] struct {
	Data T `json:"data"`
}

func decode[T any](s string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

func main() {
	e, err := decode[Envelope[User]](`{"data":{"id":7,"name":"ann"}}`)
	fmt.Println(e.Data.ID, e.Data.Name, err)
	fmt.Printf("%+v\n", e)
}
