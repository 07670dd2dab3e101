package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

type Priority int

const (
	Low Priority = iota + 1
	Medium
	High
)

func (p Priority) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToLower(p.String()))
}

func (p *Priority) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("priority: %w", err)
	}
	for q := Low; q <= High; q++ {
		if strings.EqualFold(q.String(), s) {
			*p = q
			return nil
		}
	}
	return fmt.Errorf("priority: unknown %q", s)
}

func (p Priority) String() string {
	switch p {
	case Low:
		return "Low"
	case Medium:
		return "Medium"
	case High:
		return "High"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Todo struct {
	ID       int      `json:"id"`
	Title    string   `json:"title"`
	Done     bool     `json:"done,omitempty"`
	Priority Priority `json:"priority"`
	Tags     []string `json:"tags,omitempty"`
}

type List struct {
	Items  []Todo `json:"items"`
	NextID int    `json:"next_id"`
}

func (l *List) Add(title string, p Priority, tags ...string) *Todo {
	l.NextID++
	l.Items = append(l.Items, Todo{ID: l.NextID, Title: title, Priority: p, Tags: tags})
	return &l.Items[len(l.Items)-1]
}

func (l *List) Save(buf *bytes.Buffer) error {
	enc := json.NewEncoder(buf)
	enc.SetIndent("", "  ")
	return enc.Encode(l)
}

func main() {
	var l List
	l.Add("write report", High, "work")
	l.Add("buy milk", Low)
	l.Add("fix bug #12", Medium, "work", "urgent")
	l.Items[1].Done = true
	var buf bytes.Buffer
	if err := l.Save(&buf); err != nil {
		panic(err)
	}
	fmt.Print(buf.String())

	var loaded List
	if err := json.NewDecoder(&buf).Decode(&loaded); err != nil {
		panic(err)
	}
	slices.SortStableFunc(loaded.Items, func(a, b Todo) int { return int(b.Priority - a.Priority) })
	for _, t := range loaded.Items {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("[%s] #%d %-12s %-6v %v\n", mark, t.ID, t.Title, t.Priority, t.Tags)
	}
	var bad Todo
	err := json.Unmarshal([]byte(`{"id":9,"title":"x","priority":"urgent"}`), &bad)
	fmt.Println("err:", err)
	err = json.Unmarshal([]byte(`{"id":9,"title":"x","priority":3}`), &bad)
	fmt.Println("err:", err)
	fmt.Println(loaded.NextID, Priority(7))
}
