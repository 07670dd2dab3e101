package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Page[T any] struct {
	Items      []T    `json:"items"`
	NextCursor string `json:"next_cursor,omitempty"`
	Total      int    `json:"total"`
}

type Customer struct {
	ID      int      `json:"id"`
	Name    string   `json:"name"`
	Emails  []string `json:"emails"`
	Active  bool     `json:"active"`
	Balance *float64 `json:"balance"`
}

var pages = map[string]string{
	"":   `{"items":[{"id":1,"name":"Ann","emails":["a@x"],"active":true,"balance":10.5},{"id":2,"name":"Bob","emails":[],"active":false,"balance":null}],"next_cursor":"c2","total":5}`,
	"c2": `{"items":[{"id":3,"name":"Cy","emails":["c@x","cy@y"],"active":true}],"next_cursor":"c3","total":5}`,
	"c3": `{"items":[{"id":4,"name":"Di","active":true,"balance":-3},{"id":5,"name":"Ed","emails":null,"active":true,"balance":0}],"total":5}`,
}

func fetch[T any](cursor string) (Page[T], error) {
	var p Page[T]
	body, ok := pages[cursor]
	if !ok {
		return p, fmt.Errorf("no page %q", cursor)
	}
	err := json.Unmarshal([]byte(body), &p)
	return p, err
}

func All[T any]() ([]T, error) {
	var all []T
	cursor := ""
	for {
		p, err := fetch[T](cursor)
		if err != nil {
			return all, err
		}
		all = append(all, p.Items...)
		if p.NextCursor == "" {
			return all, nil
		}
		cursor = p.NextCursor
	}
}

func main() {
	cs, err := All[Customer]()
	fmt.Println(len(cs), err)
	var sum float64
	for _, c := range cs {
		bal := "n/a"
		if c.Balance != nil {
			sum += *c.Balance
			bal = fmt.Sprintf("%.2f", *c.Balance)
		}
		fmt.Printf("%d %-3s active=%-5v emails=%d nil=%v bal=%s\n", c.ID, c.Name, c.Active, len(c.Emails), c.Emails == nil, bal)
	}
	fmt.Println("sum", sum)
	out, _ := json.Marshal(Page[Customer]{Items: cs[:2], Total: 2})
	fmt.Println(string(out))
	type idOnly struct {
		ID int `json:"id"`
	}
	ids, _ := All[idOnly]()
	fmt.Println(ids)
	raw, _ := All[map[string]any]()
	fmt.Println(raw[3]["balance"], raw[1]["emails"])
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]string{"q": "a<b && c>d"})
	fmt.Print(sb.String())
	b, _ := json.Marshal("a<b")
	fmt.Println(string(b))
}
