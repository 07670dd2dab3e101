package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Meta struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Author struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
}

type Article struct {
	Meta
	*Author `json:"author,omitempty"`
	Title   string            `json:"title"`
	Body    string            `json:"-"`
	Stars   *int              `json:"stars"`
	Attrs   map[string]string `json:"attrs,omitempty"`
	Score   float64           `json:"score,omitempty"`
	Related []int             `json:"related"`
}

type Inventory struct {
	Items map[string]int `json:"items"`
}

func (inv Inventory) Names() []string {
	var n []string
	for k := range inv.Items {
		n = append(n, k)
	}
	sort.Strings(n)
	return n
}

func main() {
	five := 5
	a := Article{Meta: Meta{ID: 7}, Author: &Author{Name: "Rob"}, Title: "Go at Google", Body: "secret", Stars: &five}
	b, _ := json.Marshal(a)
	fmt.Println(string(b))
	a2 := Article{Meta: Meta{ID: 8, Created: "2012"}, Title: "Nil things", Related: []int{}}
	b, _ = json.Marshal(a2)
	fmt.Println(string(b))

	var in Article
	err := json.Unmarshal([]byte(`{"id":3,"author":{"name":"Ken"},"title":"Unix","stars":null,"attrs":{"x":"1","a":"2"},"score":1e2,"related":[1,2,3]}`), &in)
	fmt.Println(err, in.ID, in.Author != nil, in.Name, in.Title, in.Stars == nil, in.Attrs, in.Score, in.Related)

	dec := json.NewDecoder(strings.NewReader(`{"id": 1, "bogus": true}`))
	dec.DisallowUnknownFields()
	var m Meta
	fmt.Println(dec.Decode(&m), m.ID)

	var inv Inventory
	json.Unmarshal([]byte(`{"items":{"pear":3,"apple":5,"fig":0}}`), &inv)
	fmt.Println(inv.Names(), inv.Items)
	out, _ := json.Marshal(inv)
	fmt.Println(string(out))

	var nums []float64
	fmt.Println(json.Unmarshal([]byte(`[1, 2.5, -3e2]`), &nums), nums)
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`[9, 8, 7]`), &arr), arr)
	var iface any = map[string]any{"list": []any{1, "a", nil}, "ok": true}
	pretty, _ := json.MarshalIndent(iface, ">", "\t")
	fmt.Println(string(pretty))
	bs, err := json.Marshal(map[int]string{2: "b", 10: "j", 1: "a"})
	fmt.Println(string(bs), err)
	_, err = json.Marshal(func() {})
	fmt.Println(err)
	raw, _ := json.Marshal("<tag> & \"quote\" é")
	fmt.Println(string(raw))
	fmt.Println(json.Valid([]byte(`{"a":}`)), json.Valid([]byte(`[]`)))
}
