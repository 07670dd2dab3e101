// Exercises: unrecovered panic with an error created by errors.New.
package main

import (
	"errors"
	"fmt"
)

func load(name string) (string, error) {
	if name == "" {
		return "", errors.New("config name must not be empty")
	}
	return "loaded " + name, nil
}

func must(s string, err error) string {
	if err != nil {
		panic(err)
	}
	return s
}

func main() {
	fmt.Println(must(load("app.yaml")))
	fmt.Println(must(load("db.yaml")))
	fmt.Println(must(load("")))
}
