package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Timestamps struct {
	Created string `json:"created"`
	Updated string `json:"updated,omitempty"`
}

type User struct {
	Timestamps
	ID      int      `json:"id"`
	Name    string   `json:"name"`
	Email   string   `json:"-"`
	Roles   []string `json:"roles"`
	Profile struct {
		Bio string `json:"bio"`
		Age int    `json:"age,string"`
	} `json:"profile"`
}

type Page struct {
	Total int                `json:"total"`
	Users []User             `json:"users"`
	Index map[int]string     `json:"index"`
	Score map[string]float64 `json:"score"`
}

func main() {
	var u User
	u.ID = 1
	u.Name = "ann"
	u.Email = "a@x"
	u.Created = "2020-01-01"
	u.Roles = []string{"admin"}
	u.Profile.Bio = "hi"
	u.Profile.Age = 33
	p := Page{Total: 2, Users: []User{u, {ID: 2, Name: "bo"}}, Index: map[int]string{2: "bo", 1: "ann"}, Score: map[string]float64{"z": 0.5, "a": 1e21}}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var q Page
	if err := json.Unmarshal(b, &q); err != nil {
		fmt.Println("err", err)
	}
	fmt.Printf("%+v\n", q.Users[0])
	fmt.Println(q.Users[1].Roles == nil, q.Index[1], q.Score)
	var m map[string]json.RawMessage
	json.Unmarshal(b, &m)
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, len(m[k]))
	}
	var nums []int
	err = json.Unmarshal([]byte(`[1, 2, 3.5]`), &nums)
	fmt.Println(nums, err)
	var ute *json.UnmarshalTypeError
	fmt.Println(fmt.Sprintf("%T", err), err != nil && func() bool { e, ok := err.(*json.UnmarshalTypeError); ute = e; return ok }(), ute.Value)
}
