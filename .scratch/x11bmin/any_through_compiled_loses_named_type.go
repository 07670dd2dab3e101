package main

import (
	"context"
	"fmt"
)

type UserID string

type key struct{}

func main() {
	ctx := context.WithValue(context.Background(), key{}, UserID("ann"))
	id, ok := ctx.Value(key{}).(UserID)
	// go: "ann" true; gobackprop: "" false - the value comes back from compiled code as a string
	fmt.Printf("%q %v\n", id, ok)
}
