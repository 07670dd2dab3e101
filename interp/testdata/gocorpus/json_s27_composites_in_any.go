// encoding/json of composites of a named type with MarshalText ([]Color,
// [2]Color, a named array of it) written into interfaces in the call.
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Color int

func (c Color) MarshalText() ([]byte, error) { return []byte([]string{"red", "green", "blue"}[c]), nil }

type Grid [2][2]Color

type Pt struct{ X, y int }

func main() {
	cs := []Color{0, 2}
	m := map[string]Color{"a": 1}
	b, _ := json.Marshal(map[string]any{"list": cs, "lit": []Color{1}, "m": m, "n": 3, "pts": []Pt{{1, 2}}})
	fmt.Println(string(b))
	b, _ = json.Marshal([]any{cs, [2]Color{2, 1}, Grid{{0, 1}, {2, 0}}, nil, "s"})
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]any{"x": []any{cs}})
	b, _ = json.MarshalIndent(struct {
		Any any
	}{cs}, "", " ")
	fmt.Println(string(b))
}
