package main

import "fmt"

type Box[T any] struct{ V T }

func classify(v any) string {
	switch x := v.(type) {
	case error:
		return "error: " + x.Error()
	case Box[int]:
		return fmt.Sprint("box of int ", x.V+1)
	}
	return "other"
}

func main() {
	fmt.Println(classify(Box[int]{1}))
}
