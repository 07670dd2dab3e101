package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type APIError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *APIError) Error() string { return fmt.Sprintf("api error %d: %s", e.Code, e.Message) }

type Pagination struct {
	Page    int  `json:"page"`
	PerPage int  `json:"per_page"`
	HasMore bool `json:"has_more"`
}

type Response[T any] struct {
	Success bool        `json:"success"`
	Data    T           `json:"data,omitempty"`
	Error   *APIError   `json:"error,omitempty"`
	Page    *Pagination `json:"pagination,omitempty"`
}

type Timestamps struct {
	Created string `json:"created_at"`
	Updated string `json:"updated_at,omitempty"`
}

type Repo struct {
	ID    int64    `json:"id"`
	Name  string   `json:"name"`
	Stars int      `json:"stargazers_count"`
	Topic []string `json:"topics"`
	Owner struct {
		Login string `json:"login"`
	} `json:"owner"`
	Timestamps
}

func Decode[T any](body string) (T, error) {
	var r Response[T]
	dec := json.NewDecoder(strings.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&r); err != nil {
		var zero T
		return zero, fmt.Errorf("decode: %w", err)
	}
	if !r.Success {
		var zero T
		if r.Error == nil {
			return zero, errors.New("unsuccessful response without error")
		}
		return zero, r.Error
	}
	return r.Data, nil
}

func main() {
	list := `{"success":true,"data":[
	  {"id":1,"name":"go","stargazers_count":120000,"topics":["lang"],"owner":{"login":"golang"},"created_at":"2014-08-19"},
	  {"id":2,"name":"yaegi","stargazers_count":7000,"topics":[],"owner":{"login":"traefik"},"created_at":"2019-01-01","updated_at":"2024-05-05"}
	],"pagination":{"page":1,"per_page":2,"has_more":true}}`
	repos, err := Decode[[]Repo](list)
	fmt.Println(len(repos), err)
	for _, r := range repos {
		fmt.Printf("%d %-6s %7d %v @%s %s|%s\n", r.ID, r.Name, r.Stars, r.Topic, r.Owner.Login, r.Created, r.Updated)
	}
	_, err = Decode[[]Repo](`{"success":false,"error":{"code":404,"message":"not found"}}`)
	var apiErr *APIError
	fmt.Println(err, errors.As(err, &apiErr), apiErr.Code)
	_, err = Decode[Repo](`{"success":false}`)
	fmt.Println(err)
	_, err = Decode[Repo](`{"success":true,"data":{"id":"seven"}}`)
	fmt.Println(err)

	anyData, err := Decode[map[string]any](`{"success":true,"data":{"count":12345678901234567890,"ratio":0.25,"tags":["a",null]}}`)
	fmt.Println(anyData, err)
	n := anyData["count"].(json.Number)
	_, ierr := n.Int64()
	f, _ := anyData["ratio"].(json.Number).Float64()
	fmt.Printf("%s %v %v %T\n", n, ierr != nil, f, anyData["tags"])

	out, _ := json.Marshal(Response[[]int]{Success: true, Data: []int{1, 2}, Page: &Pagination{Page: 2, PerPage: 2}})
	fmt.Println(string(out))
	out, _ = json.Marshal(Response[*Repo]{Error: &APIError{500, "boom <oops> & more"}})
	fmt.Println(string(out))
	var r Repo
	r.Name = "embedded"
	r.Created = "today"
	r.Owner.Login = "me"
	out, _ = json.Marshal(r)
	fmt.Println(string(out))
}
