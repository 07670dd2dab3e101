package main

import (
	"encoding/json"
	"fmt"
)

type Env[T any] struct{ Data T }

func decode[T any](s string) (Env[T], error) {
	var e Env[T]
	err := json.Unmarshal([]byte(s), &e)
	return e, err
}

func main() {
	e, err := decode[int](`{"Data":5}`)
	fmt.Println(e.Data+1, err)
}
