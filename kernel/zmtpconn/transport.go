package zmtpconn

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"
)

// Options bound what one peer can make the process allocate or wait for.
// A zero field takes its default (DefaultOptions).
type Options struct {
	// MaxFrameSize and MaxMessageSize bound a frame's body and the sum of
	// a message's bodies. zmq4 allocates a frame whole from its header,
	// so these are checked on the header, before it does. Defaults:
	// 256 MiB each - a notebook output or a widget's binary buffer is far
	// smaller. At most 1<<62.
	MaxFrameSize, MaxMessageSize uint64
	// MaxFrames bounds the frames of one message (zmq4 keeps a slice
	// header for each, even an empty one). Default 65,536.
	MaxFrames int
	// HandshakeTimeout bounds how long a new connection may take to send
	// its greeting and READY; after it, a connection zmq4 has not taken
	// into its socket is closed. Default 5 s.
	HandshakeTimeout time.Duration
	// MaxPending bounds the connections of one listener still in their
	// handshake; past it the oldest is closed. Default 256.
	MaxPending int
	// SendHWM and SendBuffer bound, in messages and bytes, what is queued
	// for a peer that does not read; further messages for it are dropped
	// until it catches up, as libzmq's PUB and ROUTER drop at their
	// high-water mark. Defaults: 1,000 (libzmq's) and 64 MiB.
	SendHWM, SendBuffer int
	// StallTimeout disconnects a peer that takes no byte of its queue for
	// this long. Default 10 s.
	StallTimeout time.Duration
	// Log receives what the transport does to a peer: rejections, drops,
	// disconnections. Default: discarded.
	Log *slog.Logger
}

// DefaultOptions returns the Options used by Endpoint and New.
func DefaultOptions() Options { return Options{}.withDefaults() }

func (o Options) withDefaults() Options {
	const maxSize = 1 << 62
	for _, size := range []*uint64{&o.MaxFrameSize, &o.MaxMessageSize} {
		if *size == 0 {
			*size = 256 << 20
		}
		*size = min(*size, maxSize) // keeps the sums in incoming.scan from overflowing
	}
	if o.MaxFrames <= 0 {
		o.MaxFrames = 1 << 16
	}
	if o.HandshakeTimeout <= 0 {
		o.HandshakeTimeout = 5 * time.Second
	}
	if o.MaxPending <= 0 {
		o.MaxPending = 256
	}
	if o.SendHWM <= 0 {
		o.SendHWM = 1000
	}
	if o.SendBuffer <= 0 {
		o.SendBuffer = 64 << 20
	}
	if o.StallTimeout <= 0 {
		o.StallTimeout = 10 * time.Second
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return o
}

// networks maps the zmq4 transports this package wraps to the Go network
// each listens on.
var networks = map[string]string{"tcp": "tcp", "ipc": "unix"}

// Transport is this package's wrapper of zmq4's tcp and ipc transports
// with one set of Options, registered with zmq4 under names of its own.
type Transport struct {
	opts   Options
	prefix string
}

var (
	registered  sync.Mutex
	transports  int
	defaultOnce sync.Once
	defaultT    *Transport
	defaultErr  error
)

// NewTransport registers a Transport with the given Options. zmq4's
// registry of transports is global and never forgets: make one per
// kernel, not one per connection.
func NewTransport(o Options) (*Transport, error) {
	registered.Lock()
	transports++
	prefix := fmt.Sprintf("zmtpconn%d+", transports)
	registered.Unlock()
	return register(o, prefix)
}

func register(o Options, prefix string) (*Transport, error) {
	t := &Transport{opts: o.withDefaults(), prefix: prefix}
	for name, network := range networks {
		if err := zmq4.RegisterTransport(prefix+name, driver{transport.New(network), t.opts}); err != nil {
			return nil, fmt.Errorf("zmtpconn: %w", err)
		}
	}
	return t, nil
}

// Endpoint returns endpoint (for example tcp://127.0.0.1:5555) with its
// transport replaced by this package's wrapper of it, with the default
// Options. Endpoints of other transports (inproc, udp) are returned
// unchanged.
func Endpoint(endpoint string) (string, error) {
	defaultOnce.Do(func() { defaultT, defaultErr = register(Options{}, "zmtpconn+") })
	if defaultErr != nil {
		return "", defaultErr
	}
	return defaultT.Endpoint(endpoint), nil
}

// Endpoint returns endpoint with its transport replaced by t; endpoints
// of transports t does not wrap are returned unchanged.
func (t *Transport) Endpoint(endpoint string) string {
	scheme, rest, ok := strings.Cut(endpoint, "://")
	if _, wraps := networks[scheme]; !ok || !wraps {
		return endpoint
	}
	return t.prefix + scheme + "://" + rest
}

// driver is a zmq4 transport whose connections are Conns.
type driver struct {
	inner transport.Transport
	opts  Options
}

func (d driver) Dial(ctx context.Context, dialer transport.Dialer, addr string) (net.Conn, error) {
	c, err := d.inner.Dial(ctx, dialer, addr)
	if err != nil {
		return nil, err
	}
	return newConn(c, d.opts), nil
}

func (d driver) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l, err := d.inner.Listen(ctx, addr)
	if err != nil {
		return nil, err
	}
	return newListener(l, d.opts), nil
}

func (d driver) Addr(ep string) (string, error) { return d.inner.Addr(ep) }
