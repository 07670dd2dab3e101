// Reduction of text_x36b_json_pretty.go (SILENT, both styles).
// A type switch with no bound variable whose case is a composite type of
// interface elements ([]any, map[string]any) never matches.
// Go prints:          slice / map
// The session prints: other / other   (program and notebook style, no error)
// Binding the value (switch v := e.(type)) or a case of []int behaves like Go.
package main

import "fmt"

func kind(e any) string {
	switch e.(type) {
	case []any:
		return "slice"
	case map[string]any:
		return "map"
	}
	return "other"
}

func main() {
	fmt.Println(kind([]any{1}))
	fmt.Println(kind(map[string]any{}))
}
