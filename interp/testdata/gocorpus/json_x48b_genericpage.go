package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Page[T any] struct {
	Items      []T    `json:"items"`
	Total      int    `json:"total"`
	NextCursor string `json:"next_cursor,omitempty"`
}

type Envelope[T any] struct {
	OK    bool   `json:"ok"`
	Data  *T     `json:"data,omitempty"`
	Error string `json:"error,omitempty"`
}

type Repo struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Stars int      `json:"stars"`
	Tags  []string `json:"tags,omitempty"`
}

func Decode[T any](raw string) (Envelope[T], error) {
	var env Envelope[T]
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&env); err != nil {
		return env, fmt.Errorf("decode %T: %w", env, err)
	}
	return env, nil
}

func Paginate[T any](all []T, size int, cursor int) Page[T] {
	end := min(cursor+size, len(all))
	p := Page[T]{Items: all[cursor:end], Total: len(all)}
	if end < len(all) {
		p.NextCursor = fmt.Sprintf("c%d", end)
	}
	return p
}

func main() {
	raw := `{"ok":true,"data":{"items":[{"id":1,"name":"gin","stars":70000,"tags":["web"]},{"id":2,"name":"cobra","stars":35000}],"total":9,"next_cursor":"c2"}}`
	env, err := Decode[Page[Repo]](raw)
	fmt.Println(err)
	fmt.Printf("%+v\n", *env.Data)
	for _, r := range env.Data.Items {
		fmt.Printf("  %d %-6s %6d %q\n", r.ID, r.Name, r.Stars, r.Tags)
	}

	_, err = Decode[Page[Repo]](`{"ok":false,"error":"rate limited","extra":1}`)
	fmt.Println(err)
	e2, err := Decode[int](`{"ok":false,"error":"not found"}`)
	fmt.Println(e2.OK, e2.Data == nil, e2.Error, err)

	nums := []int{10, 20, 30, 40, 50}
	for c := 0; c < len(nums); c += 2 {
		b, _ := json.Marshal(Paginate(nums, 2, c))
		fmt.Println(string(b))
	}
	page := Paginate([]Repo{{ID: 7, Name: "x"}}, 5, 0)
	b, _ := json.MarshalIndent(Envelope[Page[Repo]]{OK: true, Data: &page}, "", " ")
	fmt.Println(string(b))

	var generic map[string]any
	_ = json.Unmarshal([]byte(raw), &generic)
	data := generic["data"].(map[string]any)
	fmt.Printf("%T %v\n", data["total"], data["total"])
}
