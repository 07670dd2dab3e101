package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Timestamps struct {
	Created time.Time  `json:"created"`
	Updated *time.Time `json:"updated,omitempty"`
}

type Audit struct {
	By   string `json:"by,omitempty"`
	Note string `json:"note,omitempty"`
}

type Status int

const (
	Draft Status = iota
	Published
	Archived
)

var statusNames = []string{"draft", "published", "archived"}

func (s Status) MarshalText() ([]byte, error) {
	if int(s) >= len(statusNames) {
		return nil, fmt.Errorf("bad status %d", int(s))
	}
	return []byte(statusNames[s]), nil
}

func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", b)
}

type Post struct {
	ID int64 `json:"id,string"`
	Timestamps
	*Audit
	Title    string            `json:"title"`
	Status   Status            `json:"status"`
	Score    float64           `json:"score,omitempty"`
	Tags     []string          `json:"tags"`
	ByStatus map[Status]int    `json:"by_status,omitempty"`
	Attrs    map[string]string `json:",omitempty"`
	Private  bool              `json:"private,omitzero"`
}

func main() {
	t0 := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	p := Post{ID: 1 << 53, Timestamps: Timestamps{Created: t0}, Title: "Hello <world> & \"friends\"", Status: Published}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	t1 := t0.Add(36 * time.Hour)
	p.Updated = &t1
	p.Audit = &Audit{By: "ed"}
	p.Tags = []string{}
	p.ByStatus = map[Status]int{Draft: 2, Archived: 1}
	p.Private = true
	b, _ = json.MarshalIndent(p, "", " ")
	fmt.Println(string(b))

	var q Post
	err := json.Unmarshal(b, &q)
	fmt.Println(err, q.ID, q.Created.Equal(t0), q.Updated.Sub(q.Created), q.Audit.By, q.Status, q.ByStatus)
	err = json.Unmarshal([]byte(`{"status":"deleted"}`), &q)
	fmt.Println(err)
	p.Status = 7
	_, err = json.Marshal(p)
	fmt.Println(err)
	var anyv any
	json.Unmarshal([]byte(`{"id":"9007199254740993","n":9007199254740993}`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.(map[string]any)["n"])
}
