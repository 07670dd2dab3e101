// Go prints:      [["c2"]]
// Session (both styles, SILENT): [[2]]
//
// A slice of a cell type with a MarshalText method, held in an interface
// ([]any, map[string]any), is encoded as plain numbers; the method is not
// used. []Color directly, a struct field []Color, and a Color inside []any
// all work. From json_x30a_custom_marshal.go
// (map[string]any{"colors": []Color{Red, Blue}} gave [0, 2], not ["red", "blue"]).
package main

import (
	"encoding/json"
	"fmt"
)

type Color int

func (c Color) MarshalText() ([]byte, error) { return []byte("c" + fmt.Sprint(int(c))), nil }

func main() {
	b, _ := json.Marshal([]any{[]Color{2}})
	fmt.Println(string(b))
}
