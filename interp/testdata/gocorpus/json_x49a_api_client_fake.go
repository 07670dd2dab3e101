package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Doer is the small slice of an HTTP client the code depends on.
type Doer interface {
	Do(method, path string, body io.Reader) (status int, resp io.Reader, err error)
}

type fakeServer struct {
	users    map[int]User
	requests []string
}

func (f *fakeServer) Do(method, path string, body io.Reader) (int, io.Reader, error) {
	f.requests = append(f.requests, method+" "+path)
	switch {
	case method == "GET" && strings.HasPrefix(path, "/users/"):
		var id int
		fmt.Sscanf(path, "/users/%d", &id)
		u, ok := f.users[id]
		if !ok {
			return 404, strings.NewReader(`{"error":"no user"}`), nil
		}
		b, _ := json.Marshal(u)
		return 200, bytes.NewReader(b), nil
	case method == "POST" && path == "/users":
		var u User
		if err := json.NewDecoder(body).Decode(&u); err != nil {
			return 400, strings.NewReader(`{"error":"bad json"}`), nil
		}
		u.ID = len(f.users) + 1
		f.users[u.ID] = u
		b, _ := json.Marshal(u)
		return 201, bytes.NewReader(b), nil
	}
	return 0, nil, errors.New("connection refused")
}

type User struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Email string   `json:"email,omitempty"`
	Roles []string `json:"roles,omitempty"`
}

type APIError struct {
	Status int
	Msg    string `json:"error"`
}

func (e *APIError) Error() string { return fmt.Sprintf("api %d: %s", e.Status, e.Msg) }

type Client struct{ d Doer }

func (c Client) call(method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	status, r, err := c.d.Do(method, path, body)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	if status >= 400 {
		ae := &APIError{Status: status}
		json.NewDecoder(r).Decode(ae)
		return ae
	}
	return json.NewDecoder(r).Decode(out)
}

func (c Client) GetUser(id int) (User, error) {
	var u User
	err := c.call("GET", fmt.Sprintf("/users/%d", id), nil, &u)
	return u, err
}

func (c Client) CreateUser(name string, roles ...string) (User, error) {
	var u User
	err := c.call("POST", "/users", User{Name: name, Roles: roles}, &u)
	return u, err
}

func main() {
	srv := &fakeServer{users: map[int]User{1: {ID: 1, Name: "root", Roles: []string{"admin"}}}}
	c := Client{srv}
	u, err := c.GetUser(1)
	fmt.Printf("%+v %v\n", u, err)
	_, err = c.GetUser(7)
	var ae *APIError
	fmt.Println(err, errors.As(err, &ae) && ae.Status == 404)
	nu, err := c.CreateUser("ana", "dev", "ops")
	fmt.Printf("%+v %v\n", nu, err)
	again, _ := c.GetUser(nu.ID)
	fmt.Println("PASS roundtrip:", again.Name == "ana" && len(again.Roles) == 2)
	err = c.call("DELETE", "/users/1", nil, nil)
	fmt.Println(err)
	fmt.Println(strings.Join(srv.requests, "; "))
	raw, _ := json.Marshal(srv.users)
	fmt.Println(string(raw))
}
