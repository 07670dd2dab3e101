package zmtpconn

import (
	"context"
	"fmt"
	"net"
	"strings"
	"sync"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"
)

// networks maps the zmq4 transports this package wraps to the Go network
// each listens on.
var networks = map[string]string{"tcp": "tcp", "ipc": "unix"}

const prefix = "zmtpconn+"

var (
	registerOnce sync.Once
	registerErr  error
)

// Endpoint returns endpoint (for example tcp://127.0.0.1:5555) with its
// transport replaced by this package's wrapper of it. Endpoints of other
// transports (inproc, udp) are returned unchanged.
func Endpoint(endpoint string) (string, error) {
	registerOnce.Do(func() {
		for name, network := range networks {
			if err := zmq4.RegisterTransport(prefix+name, wrapped{transport.New(network)}); err != nil {
				registerErr = fmt.Errorf("zmtpconn: %w", err)
				return
			}
		}
	})
	if registerErr != nil {
		return "", registerErr
	}
	scheme, rest, ok := strings.Cut(endpoint, "://")
	if _, wraps := networks[scheme]; !ok || !wraps {
		return endpoint, nil
	}
	return prefix + scheme + "://" + rest, nil
}

// wrapped is a zmq4 transport whose connections are Conns.
type wrapped struct {
	inner transport.Transport
}

func (w wrapped) Dial(ctx context.Context, dialer transport.Dialer, addr string) (net.Conn, error) {
	c, err := w.inner.Dial(ctx, dialer, addr)
	if err != nil {
		return nil, err
	}
	return New(c), nil
}

func (w wrapped) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l, err := w.inner.Listen(ctx, addr)
	if err != nil {
		return nil, err
	}
	return listener{l}, nil
}

func (w wrapped) Addr(ep string) (string, error) { return w.inner.Addr(ep) }

type listener struct{ net.Listener }

func (l listener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return New(c), nil
}
